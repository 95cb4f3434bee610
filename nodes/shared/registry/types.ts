/**
 * The operation registry's types. One OperationSpec per CEC interface (keyed by its doc
 * section) drives the node UI, the zod validation and the request plan. Field names, casing
 * and nesting are exactly as the reference prints them, oddities included.
 */

/** CEC's chapter 4 modes, plus `UDESK` for the Udesk ccapi v2 signature (another vendor, same registry). */
export type AuthMode = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'SIA' | 'UDESK' | 'none' | 'other';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export type FieldLocation = 'path' | 'query' | 'body' | 'header';

/** `json` is an untyped value the reference leaves open (Object with no sub-table, Map, any). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'json';

export interface FieldOption {
	/** The value sent on the wire, typed as documented ("0" stays a string, 0 a number). */
	value: string | number | boolean;
	/** The option's label in plain words, Title Case, no raw code (the value is what is sent). */
	name: string;
	/** A longer meaning, shown under the label, where the label alone would not say enough. */
	description?: string;
}

/**
 * How a date/time field is written on the wire. The UI offers a date picker and accepts ISO text,
 * Luxon DateTimes and epoch numbers; the value is converted to this form in the tenant's time zone.
 * `epochMs`/`epochSeconds`: a number (or numeric text, where the field is a string). Otherwise a
 * pattern of the tokens yyyy, MM, dd, HH, mm, ss, SSS; every other character is literal.
 */
export type DateFormat = string;

export interface FieldSpec {
	/** As the reference prints it, except where vendor evidence corrects a PDF misreading (`ccId`, not `cclId`; docs/vendor-evidence.md). */
	name: string;
	in: FieldLocation;
	type: FieldType;
	/** For `array`: the element type. Arrays of objects use `children` for the element's fields. */
	itemType?: Exclude<FieldType, 'array'>;
	required?: boolean;
	description?: string;
	/** String length limits. */
	minLength?: number;
	maxLength?: number;
	/** Numeric range limits. */
	min?: number;
	max?: number;
	/** Array size limits. */
	minItems?: number;
	maxItems?: number;
	/** A regular expression source the value must match (documented character classes). */
	pattern?: string;
	/** What `pattern` means, in words, for error messages. */
	patternHint?: string;
	options?: FieldOption[];
	default?: unknown;
	/** Fields of an object, or of each element of an array of objects. */
	children?: FieldSpec[];
	/** The reference types it String but documents sub-fields: `children` describe it, and it is sent as JSON text. */
	jsonString?: boolean;
	/**
	 * Read from an n8n binary property of the input item instead of typed in: `base64` sends the
	 * file Base64-encoded (5.4.4 fileInfo), `text` sends its UTF-8 text (5.4.5 textcontent).
	 * Allowed on a top-level field or on a child of a top-level object field.
	 */
	binary?: 'base64' | 'multipart' | 'text';
	/** The value is an ID the API lists: the UI offers a dropdown loaded from that list, and a by-ID mode for expressions. */
	lookup?: FieldLookup;
	/**
	 * Filled from this credential field when left empty (e.g. `{agentid}` from the C4 credential's
	 * agentId), so the field is optional in the UI. `hidden`: never shown, always the credential's
	 * value (secrets such as the sign-in password stay in the credential).
	 */
	fromCredential?: { field: string; hidden?: boolean };
	/** UI label in plain words, Title Case (e.g. `strBeginTime` → "Start Time"); the documented name is what is sent. */
	displayName?: string;
	/** A date/time field: a date picker in the UI, sent in this documented form. */
	dateFormat?: DateFormat;
	/** The zone the reference documents for a formatted date (12.3.2.2: UTC); without it, the tenant's time zone. */
	dateZone?: 'UTC';
	/**
	 * Required only when a sibling top-level field has one of these values (7.1.2 `ivrParam` when
	 * `deviceType` is IVR): shown beside that field when it has, and checked before sending.
	 */
	requiredWhen?: { field: string; values: Array<string | number | boolean> };
}

export interface FieldLookup {
	/** Doc section of the list operation (of the same node, so the same credential). */
	section: string;
	/** Dot paths, inside each listed item, of the value sent and of the label shown. */
	valuePath: string;
	labelPath: string;
	/** Values for the list operation's required fields that the current operation does not have (e.g. status 0 = all). */
	params?: Record<string, unknown>;
}

/**
 * How a response says success or failure. `auto` looks at whichever documented code field
 * is present; the others pin one convention where `auto` would be ambiguous.
 */
export type ResultConvention =
	| 'auto'
	| 'retcode' // CC-Gateway: retcode "0", 6.5.2 codes
	| 'resultCode' // "0" / "0100000" / "0200000" families
	| 'returnCode'
	| 'errorCode' // OIAP: errorCode 0
	| 'ErrCode' // "000000"
	| 'code' // Udesk ccapi v2 interface 24: code "000000"; only when pinned, never guessed by `auto`
	| 'http'; // HTTP status only

export interface ResultSpec {
	convention?: ResultConvention;
	/** The documented success codes, where they do not look like success (8.1-8.5 "1203000", 12.2.17 "1010200"). */
	successCodes?: string[];
	/** Dot path to the list of items inside the response body, for list operations ("." when the body is the list). */
	itemsPath?: string;
	/**
	 * Dot path of the part of an answer that becomes the item, for interfaces that wrap their data
	 * in an envelope (Udesk's `Result`). When that part is not an object, the whole answer is the item.
	 */
	outputPath?: string;
	/** Dot path to the total count, where the interface reports one. */
	totalPath?: string;
	/** Response is a file (octet-stream) rather than JSON. */
	binary?: boolean;
	/** Documented error codes of this interface and their meanings. */
	errors?: Record<string, string>;
}

export type PagingSpec =
	| { style: 'page'; pageField: string; sizeField: string; firstPage: number; maxSize?: number; /** The smallest page size the interface accepts (12.2.2.4: 5). */ minSize?: number }
	| { style: 'offset'; offsetField: string; limitField: string; maxSize?: number; minSize?: number }
	| { style: 'none' };

export interface OperationSpec {
	/** Doc section, e.g. "7.3.1". Unique across the registry. */
	section: string;
	/** Title as printed in the reference. */
	title: string;
	/** Catalog family, e.g. "isales", "agentGateway.onlineagent". */
	family: string;
	/** n8n resource value (camelCase) and operation value (camelCase). */
	resource: string;
	operation: string;
	/** Operation label in the picker, Title Case with n8n's verbs: "Create", "Get", "Get Many", "Update", "Delete", or the CEC action ("Suspend", "Transfer"). */
	name: string;
	/** What the actions panel shows: sentence case, the object named, no articles ("Get many campaigns"). */
	action?: string;
	/** One plain sentence on what the operation does, for the picker and for AI agents using the node as a tool. */
	description?: string;
	/**
	 * Not offered when an AI agent uses the node as a tool (forcing an agent out, cutting into a call):
	 * the node refuses such calls from an agent. Everyday operations stay available.
	 */
	notForAiTools?: boolean;
	method: HttpMethod;
	/** Path template as printed, placeholders in braces; typos kept unless vendor evidence corrects them (`voicecall`, not `voicercall`). */
	path: string;
	auth: AuthMode;
	/** Request fields, nested as the reference nests them. */
	fields: FieldSpec[];
	/**
	 * The body fields travel inside this one key (CMS `{"queryParam": {...}}`, as the vendor samples
	 * send them), while the fields and paging stay flat for the user.
	 */
	bodyWrapper?: string;
	/**
	 * Where the table and the request example disagree on the body's shape, both are recorded
	 * here with the choice made and why.
	 */
	shapeNote?: string;
	result?: ResultSpec;
	paging?: PagingSpec;
	/** Safe to retry on network errors/5xx/429 (queries). Creates and state changes are not. */
	idempotent: boolean;
	/** Superseded by a newer version that is the default. */
	legacy?: boolean;
	/** Request example from the reference, verbatim JSON when it parses. */
	example?: unknown;
	/** Other doc sections that document the same interface (e.g. 6.2.10 repeats 14.3): one operation serves them all. */
	aliases?: string[];
	/** Batching: items are packed into requests of at most `max` elements of array field `field`. */
	batch?: { field: string; max: number; /** Documented minimum spacing between two requests (7.4.1: 1 s). */ intervalMs?: number };
	/** C4: the operation starts (sign-in) or ends (sign-out) the agent session instead of using it. */
	session?: 'signIn' | 'signOut' | 'none';
	/** C3: `header` for the system-level interfaces (4.4 NOTE point 3, 10.22) that take the token in headers, not the body. */
	oiapTokenIn?: 'body' | 'header';
	/**
	 * Web chat (chapter 11): 11.1 `issue`s the ccmessaging-token; the interfaces whose header table
	 * lists it send it (`required` where marked mandatory, `optional` where not).
	 */
	webChatToken?: 'issue' | 'required' | 'optional';
}

/** One request interface of the reference catalog: enough to call it with a raw JSON body. */
export interface InterfaceRef {
	section: string;
	title: string;
	family: string;
	method: HttpMethod;
	path: string;
	auth: AuthMode;
	deprecated: boolean;
	/** A file travels in the request or the answer (the catalog's `binary` flag): answers are streamed, and a file answer becomes binary data. */
	binary?: boolean;
}
