// ../../packages/a2a/dist/a2a-error.js
var A2aError = class extends Error {
	name = "A2aError";
	code;
	field;
	constructor(code, message, options = {}) {
		super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
		this.code = code;
		this.field = options.field;
	}
};
function isA2aError(value) {
	return value instanceof A2aError || value instanceof Error && value.name === "A2aError";
}
// ../../packages/a2a/dist/message-text.js
function messageText(message) {
	return (message?.parts ?? []).flatMap((part) => part.content?.$case === "text" ? [part.content.value] : []).join("\n");
}
export { A2aError as n, isA2aError as r, messageText as t };
