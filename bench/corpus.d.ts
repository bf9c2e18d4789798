/** Writes `count` distinct playbooks (each with its templates) into `dir`, or a new temporary folder; returns the folder. */
export function generate(count: number, dir?: string): string;
