export {};
//# sourceMappingURL=call-sample.js.map