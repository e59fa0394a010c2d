import { t as require_dist } from "./dist-B4Jtpy5S.js";
export default require_dist();
export {};
