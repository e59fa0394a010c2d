import { t as require_undici } from "./undici-VkXL1hTP.js";
export default require_undici();
export {};
