export { t as default } from "./src-Be5VNyq4.js";
