import { MODULE_TITLE } from './paths';

declare const __MODULE_VERSION__: string;

/** Which copy of the module this is, as recorded in exported learning records. */
export const MODULE_INFO = { title: MODULE_TITLE, version: __MODULE_VERSION__ };
