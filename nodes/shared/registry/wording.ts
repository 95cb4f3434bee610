/**
 * The casing and punctuation rules of n8n's node UI, applied to every text the registry generates,
 * so a generated description obeys the same rules n8n's lint applies to hand-written ones
 * (scripts/lint-generated-ui.cjs checks the result).
 */

/** Words Title Case leaves in lower case unless they start or end the text (n8n's lint uses the same list). */
const MINOR_WORDS = new Set(
	'a an and as at because but by en for if in neither nor of on only or over per so some than that the to up upon v v. vs vs. versus via when with without yet'.split(' '),
);

/** "Get many campaigns by status" → "Get Many Campaigns by Status"; words with capitals inside ("IDs", "iSales") keep theirs. */
export function titleCase(text: string): string {
	const tokens = text.match(/[^\s:–—-]+|./g) ?? [];
	let offset = 0;
	return tokens
		.map((token) => {
			const start = offset;
			offset += token.length;
			if (/.(?=[A-Z]|\..)/.test(token)) return token;
			const edge = start === 0 || offset === text.length;
			if (!edge && MINOR_WORDS.has(token.toLowerCase())) return token;
			// A token followed by ":" and no space is the scheme of a URL.
			if (text.charAt(offset) === ':' && !/\s/.test(text.charAt(offset + 1))) return token;
			return token.replace(/[A-Za-z0-9\u00C0-\u00FF]/, (c) => c.toUpperCase());
		})
		.join('');
}

/** "Get Many Campaigns" → "Get many campaigns"; all-capital words (IDs such as VDN, IVR) stay as they are. */
export function sentenceCase(text: string): string {
	const words = text.replace(/[^A-Za-z0-9\s]+/g, ' ').split(/\s+/).filter(Boolean);
	return words
		.map((word, index) => {
			if (word === word.toUpperCase()) return word;
			const lower = word.toLowerCase();
			return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
		})
		.join(' ');
}

/**
 * n8n's period rule: a one-sentence description has no final period, a longer one ends with one.
 * Also: the first letter in capitals, and "ID"/"URL" written so.
 */
export function sentence(text: string): string {
	let out = text.replace(/\s+/g, ' ').trim();
	if (!out) return out;
	out = out.charAt(0).toUpperCase() + out.slice(1);
	out = out.replace(/\b(id|Id)\b/g, 'ID').replace(/\b(ids|Ids)\b/g, 'IDs').replace(/\b(url|Url)\b/g, 'URL');
	const withoutExamples = out.replace('e.g.', '');
	const sentences = withoutExamples.split('. ').length;
	if (sentences > 1) return /[.!?]$/.test(out) || out.endsWith('</code>') ? out : `${out}.`;
	return out.endsWith('.') && !out.endsWith('..') && !out.endsWith('e.g.') ? out.slice(0, -1) : out;
}

/** A field's documented limits in words ("1 to 64 characters", "from 5 to 120", "up to 20 entries"). */
export function limitsInWords(limits: { minLength?: number; maxLength?: number; min?: number; max?: number; minItems?: number; maxItems?: number }): string[] {
	const words: string[] = [];
	const { minLength, maxLength, min, max, minItems, maxItems } = limits;
	if (maxLength !== undefined) words.push(minLength ? `${minLength} to ${maxLength} characters` : `up to ${maxLength} characters`);
	else if (minLength) words.push(`at least ${minLength} characters`);
	if (min !== undefined && max !== undefined) words.push(`from ${min} to ${max}`);
	else if (min !== undefined) words.push(`at least ${min}`);
	else if (max !== undefined) words.push(`at most ${max}`);
	if (maxItems !== undefined) words.push(minItems ? `${minItems} to ${maxItems} entries` : `up to ${maxItems} entries`);
	else if (minItems) words.push(`at least ${minItems} entries`);
	return words;
}
