/** A documented code and its meaning as the reference prints it. */
export type CodeMap = Readonly<Record<string, string>>;

/** One of several meanings a code is given, and the sections that give it. */
export interface CodeVariant {
	meaning: string;
	sections: readonly string[];
}
