/** Renders docs/operations.md from the built registry. */
export function renderOperations(): string;
/** GitHub's anchor of a markdown heading. */
export function slug(heading: string): string;
