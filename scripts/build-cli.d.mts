export const ROOT: string;
export const OUT_DIR: string;
export const STAMP: string;
export function newestSource(dir?: string): number;
export function buildCli(): Promise<void>;
