/** The public surface of the built package, per node and credential (scripts/public-surface.cjs). */
export function currentSurface(): Record<string, string[]>;
export const baselineFile: string;
