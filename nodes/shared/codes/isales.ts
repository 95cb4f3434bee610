/**
 * CC-iSales (telemarketing outbound call, chapter 7) codes from the CEC 2.5 API reference.
 *
 * Text is copied from the reference (HTML stripped, whitespace collapsed); codes are strings as
 * printed, leading zeros included, and codes the PDF split over two lines ("020000<br>1") are
 * joined back ("0200001").
 */
import type { CodeMap, CodeVariant } from './types';

/**
 * Table 7-322 (7.9.1) and the other chapter 7 response tables: "The value 0200000 indicates success".
 * The per-interface error tables never list it.
 */
export const ISALES_SUCCESS_CODES: CodeMap = {
	'0200000': 'success',
};

/**
 * Union of the 52 per-interface "Error code description" tables of chapter 7 (Table 7-15 in 7.1.1
 * through Table 7-355 in 7.10; 720 rows, 39 distinct codes).
 *
 * Where interfaces disagree the most common wording wins, except that rows which merely repeat the
 * meaning of their 7-/8-digit twin (e.g. 0200001 "Empty parameter." where 02000001 is meant) do
 * not vote: they are misprints, not another meaning. Ties keep the first one in document order.
 * Every wording that was printed is in ISALES_ERROR_CODE_VARIANTS.
 *
 * "0200-01" is printed so in 7.1.10 (Table 7-120); it is kept because it is what the table says.
 */
export const ISALES_ERROR_CODES: CodeMap = {
	'0200-01': 'The outbound campaign does not exist.',
	'02000001': 'Empty parameter.',
	'02000002': 'The parameter contains invalid characters.',
	'02000003': 'The parameter length cannot exceed the maximum length.',
	'02000004': 'The parameter length cannot be less than the minimum length.',
	'02000005': 'The parameter length must be within the specified range.',
	'02000006': 'Incorrect parameter type.',
	'02000007': 'Incorrect parameter value.',
	'02000008': 'Parameter conversion error. Check the request parameters.',
	'02000009': 'Incorrect parameter combination. Check the request parameters.',
	'0200001': 'Parameter error. For details about the error, see resultDesc.',
	'02000010': 'The hour and minute parameters must be set at the same time.',
	'02000011': 'The number of parameters cannot exceed the specified number.',
	'0200002': 'The start time of an outbound campaign is earlier than the early morning of the current day.',
	'0200003': 'The number of outbound campaigns whose device type is skill queue reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is skill queue.',
	'0200004': 'The number of outbound campaigns whose device type is IVR reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is IVR.',
	'0200005': 'The outbound campaign name must be unique.',
	'0200006': 'Database operation error.',
	'0200007': 'The outbound campaign does not exist.',
	'0200008': 'The start time and end time must be specified or left empty at the same time.',
	'0200009': 'The outbound campaign task is running.',
	'0200010': 'The start time is later than or equal to the end time.',
	'0200011': 'The outbound campaign in the current status cannot be suspended.',
	'0200013': 'The holiday name already exists.',
	'0200014': 'The holiday does not exist.',
	'0200015': 'The number of holidays in the outbound campaign reaches the upper limit.',
	'0200016': 'The outbound campaign has expired.',
	'0200017': 'The skill queue ID does not exist.',
	'0200018': 'Duplicate numbers exist.',
	'0200019': 'The number cannot be added in the current state.',
	'0200020': 'The number quantity exceeds the upper limit 200,000.',
	'0200022': 'The interface invoking time is short.',
	'0200024': 'The number to be added is in the blacklist.',
	'0200028': 'The number cannot be deleted in the current state.',
	'0200029': 'The maximum number of numbers that can be added each time is exceeded.',
	'0200030': 'The time format is incorrect.',
	'0200033': 'The outbound call data does not exist.',
	'0200034': 'The substatus does not match the business result.',
	'0200999': 'Failed to write back the business result.',
};

/**
 * Codes whose meaning differs between the chapter 7 interfaces, with the sections printing each
 * wording, so a caller that knows the interface can show the wording that interface documents.
 */
export const ISALES_ERROR_CODE_VARIANTS: Readonly<Record<string, readonly CodeVariant[]>> = {
	'0200001': [
		{ meaning: 'Parameter error. For details about the error, see resultDesc.', sections: ['7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.1.7', '7.1.8', '7.1.9', '7.1.10', '7.1.11', '7.1.12', '7.1.13', '7.1.14', '7.1.15', '7.1.16', '7.2.1', '7.2.2', '7.2.3', '7.2.4', '7.2.5', '7.3.1', '7.3.2', '7.3.3', '7.3.4', '7.3.5', '7.3.6', '7.4.1', '7.4.2', '7.4.3', '7.4.4', '7.4.5', '7.4.6', '7.4.7', '7.4.8', '7.4.9', '7.5.1', '7.5.2', '7.5.3', '7.5.4', '7.7.1', '7.8.1', '7.8.2', '7.8.3', '7.8.4', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.9.5', '7.9.6', '7.10'] },
		{ meaning: 'Empty parameter.', sections: ['7.2.3', '7.4.6', '7.5.1'] },
	],
	'0200002': [
		{ meaning: 'The start time of an outbound campaign is earlier than the early morning of the current day.', sections: ['7.1.1', '7.1.2', '7.1.3', '7.1.4'] },
		{ meaning: 'The parameter contains invalid characters.', sections: ['7.2.3', '7.4.6', '7.5.1'] },
	],
	'0200003': [
		{ meaning: 'The number of outbound campaigns whose device type is skill queue reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is skill queue.', sections: ['7.1.1'] },
		{ meaning: 'The number of outbound campaigns whose device type is skill queue has reached the upper limit. To add more outbound campaigns, delete other outbound campaigns whose device type is skill queue.', sections: ['7.1.2'] },
		{ meaning: 'The parameter length cannot exceed the maximum length.', sections: ['7.2.3', '7.4.6', '7.5.1'] },
	],
	'0200004': [
		{ meaning: 'The number of outbound campaigns whose device type is IVR reaches the upper limit. To add more outbound campaigns, delete some campaigns whose device type is IVR.', sections: ['7.1.1'] },
		{ meaning: 'The number of outbound campaigns whose device type is IVR has reached the upper limit. To add more outbound campaigns, delete other outbound campaigns whose device type is IVR.', sections: ['7.1.2'] },
		{ meaning: 'The parameter length cannot be less than the minimum length.', sections: ['7.2.3', '7.4.6', '7.5.1'] },
	],
	'0200005': [
		{ meaning: 'The outbound campaign name must be unique.', sections: ['7.1.1', '7.1.2', '7.1.3', '7.1.4'] },
		{ meaning: 'Parameter error. For details about the error, see resultDesc.', sections: ['7.1.13'] },
		{ meaning: 'The parameter length must be within the specified range.', sections: ['7.2.3', '7.4.6'] },
	],
	'02000006': [
		{ meaning: 'Incorrect parameter type.', sections: ['7.1.1', '7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.1.7', '7.1.8', '7.1.9', '7.1.10', '7.1.11', '7.1.12', '7.1.13', '7.1.14', '7.1.15', '7.1.16', '7.2.1', '7.2.2', '7.2.3', '7.2.4', '7.2.5', '7.3.1', '7.3.2', '7.3.3', '7.3.4', '7.3.5', '7.3.6', '7.4.1', '7.4.2', '7.4.3', '7.4.4', '7.4.5', '7.4.6', '7.4.7', '7.4.8', '7.4.9', '7.5.1', '7.5.2', '7.5.3', '7.5.4', '7.7.1', '7.8.1', '7.8.2', '7.8.3', '7.8.4', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.9.5', '7.9.6', '7.10'] },
		{ meaning: 'Database operation error.', sections: ['7.1.12'] },
	],
	'02000005': [
		{ meaning: 'The parameter length must be within the specified range.', sections: ['7.1.2', '7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.1.7', '7.1.8', '7.1.9', '7.1.10', '7.1.11', '7.1.12', '7.1.13', '7.1.14', '7.1.15', '7.1.16', '7.2.1', '7.2.2', '7.2.4', '7.2.5', '7.3.1', '7.3.2', '7.3.3', '7.3.4', '7.3.5', '7.3.6', '7.4.1', '7.4.2', '7.4.3', '7.4.4', '7.4.5', '7.4.7', '7.4.8', '7.4.9', '7.5.1', '7.5.2', '7.5.3', '7.5.4', '7.7.1', '7.8.1', '7.8.2', '7.8.3', '7.8.4', '7.9.1', '7.9.2', '7.9.3', '7.9.4', '7.9.5', '7.9.6', '7.10'] },
		{ meaning: 'The parameter value is not in the specified length range.', sections: ['7.8.1'] },
	],
	'0200007': [
		{ meaning: 'The outbound campaign does not exist.', sections: ['7.1.3', '7.1.4', '7.1.5', '7.1.6', '7.1.8', '7.1.9', '7.1.15', '7.1.16', '7.2.1', '7.2.2', '7.2.3', '7.2.4', '7.2.5', '7.4.1', '7.4.2', '7.4.3', '7.4.6', '7.5.1'] },
		{ meaning: 'Parameter error. For details about the error, see resultDesc.', sections: ['7.1.13'] },
		{ meaning: 'The number already exists in the blacklist.', sections: ['7.3.1'] },
		{ meaning: 'The call record ID does not exist.', sections: ['7.5.2'] },
	],
	'0200006': [
		{ meaning: 'The database is abnormal.', sections: ['7.1.5'] },
		{ meaning: 'Database operation error.', sections: ['7.1.6', '7.1.7', '7.1.8', '7.1.9', '7.3.1', '7.3.2', '7.3.3', '7.3.4', '7.4.1', '7.4.2', '7.4.3'] },
		{ meaning: 'The parameter contains invalid characters.', sections: ['7.3.6', '7.4.9'] },
		{ meaning: 'The server configuration does not exist.', sections: ['7.8.2', '7.8.3'] },
	],
	'0200009': [
		{ meaning: 'The outbound campaign task is running.', sections: ['7.1.5'] },
		{ meaning: 'The format of the start time or end time is incorrect.', sections: ['7.5.1'] },
	],
	'0200011': [
		{ meaning: 'The outbound campaign in the current status cannot be suspended.', sections: ['7.1.8'] },
		{ meaning: 'The outbound campaign in the current state cannot be resumed.', sections: ['7.1.9'] },
		{ meaning: 'The interval between the start time and end time exceeds 30 days.', sections: ['7.5.1'] },
	],
};

/**
 * Which error table each chapter 7 interface prints, and its codes in row order (duplicates kept),
 * so the union above can be traced back and each interface's documented codes listed.
 */
export const ISALES_ERROR_TABLES: Readonly<Record<string, { table: string; codes: readonly string[] }>> = {
	'7.1.1': { table: '7-15', codes: ['0200001', '0200002', '0200003', '0200004', '0200005', '0200017', '02000001', '02000002', '02000003', '02000006', '02000007', '02000009'] },
	'7.1.2': { table: '7-38', codes: ['0200001', '0200002', '0200003', '0200004', '0200005', '0200017', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.3': { table: '7-52', codes: ['0200001', '0200002', '0200005', '0200007', '0200016', '0200017', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.4': { table: '7-74', codes: ['0200001', '0200002', '0200005', '0200007', '0200016', '0200017', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.5': { table: '7-79', codes: ['0200001', '0200006', '0200007', '0200009', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.6': { table: '7-100', codes: ['0200001', '0200006', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.7': { table: '7-105', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.8': { table: '7-109', codes: ['0200001', '0200006', '0200007', '0200011', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.9': { table: '7-113', codes: ['0200001', '0200006', '0200007', '0200011', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.10': { table: '7-120', codes: ['0200001', '0200-01', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.11': { table: '7-128', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.12': { table: '7-134', codes: ['0200001', '02000006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.13': { table: '7-140', codes: ['0200001', '0200005', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.14': { table: '7-145', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.15': { table: '7-151', codes: ['0200001', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.1.16': { table: '7-157', codes: ['0200001', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.2.1': { table: '7-162', codes: ['0200001', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.2.2': { table: '7-168', codes: ['0200001', '0200007', '0200013', '0200015', '0200030', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.2.3': { table: '7-173', codes: ['0200001', '0200007', '0200013', '0200014', '0200030', '0200001', '0200002', '0200003', '0200004', '0200005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.2.4': { table: '7-177', codes: ['0200001', '0200007', '0200014', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.2.5': { table: '7-181', codes: ['0200001', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.1': { table: '7-186', codes: ['0200001', '0200006', '0200007', '0200018', '0200029', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.2': { table: '7-191', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.3': { table: '7-195', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.4': { table: '7-201', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.5': { table: '7-208', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.3.6': { table: '7-214', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.1': { table: '7-221', codes: ['0200001', '0200006', '0200007', '0200018', '0200019', '0200020', '0200022', '0200024', '0200029', '0200030', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.2': { table: '7-229', codes: ['0200001', '0200006', '0200007', '0200018', '0200019', '0200020', '0200022', '0200024', '0200029', '0200030', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.3': { table: '7-234', codes: ['0200001', '0200006', '0200007', '0200028', '0200030', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.4': { table: '7-239', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.5': { table: '7-243', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.6': { table: '7-250', codes: ['0200001', '0200007', '0200001', '0200002', '0200003', '0200004', '0200005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.7': { table: '7-256', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.8': { table: '7-264', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.4.9': { table: '7-270', codes: ['0200001', '0200006', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.5.1': { table: '7-276', codes: ['0200001', '0200007', '0200008', '0200009', '0200010', '0200011', '0200001', '0200002', '0200003', '0200004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.5.2': { table: '7-281', codes: ['0200001', '0200007', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.5.3': { table: '7-286', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.5.4': { table: '7-291', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.7.1': { table: '7-300', codes: ['0200001', '0200033', '0200034', '0200999', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.8.1': { table: '7-305', codes: ['0200001', '0200033', '0200034', '02000005', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010'] },
	'7.8.2': { table: '7-309', codes: ['0200001', '0200006', '0200033', '0200034', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.8.3': { table: '7-314', codes: ['0200001', '0200006', '0200033', '0200034', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.8.4': { table: '7-319', codes: ['0200001', '0200033', '0200034', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.1': { table: '7-324', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.2': { table: '7-329', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.3': { table: '7-334', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.4': { table: '7-338', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.5': { table: '7-343', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.9.6': { table: '7-349', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
	'7.10': { table: '7-355', codes: ['0200001', '02000001', '02000002', '02000003', '02000004', '02000005', '02000006', '02000007', '02000008', '02000009', '02000010', '02000011'] },
};

/**
 * 7.6.1 Calling Back Outbound Call Results, Table 7-295 "Error codes of outbound call results": the
 * `failCode` of each pushed result (27 rows). Blank description cells belong to the merged cell
 * above them and inherit its text. 34606 is printed twice (under "Call normally released by the
 * platform" and again under "insufficient system resources"); the first, specific wording is
 * kept. The "Others" row is ISALES_CALL_RESULT_OTHERS.
 */
export const ISALES_CALL_RESULT_CODES: CodeMap = {
	'00000': 'The outbound call is successful.',
	'00531': 'The called party hangs up.',
	'00537': 'The called party is busy.',
	'00538': 'The outbound number is empty or incorrect.',
	'00548': 'The mobile phone of the called party is powered off.',
	'00549': 'The called number is out of service.',
	'00551': 'The called party hangs up.',
	'00601': 'The called party hangs up before the call is answered.',
	'00603': 'The call is released because the called party does not answer the call.',
	'00604': 'The call is rejected.',
	'00701': 'An outbound call is transferred to a queue, and the called party hangs up.',
	'00702': 'An outbound call is transferred to a queue. The queue times out, and the platform releases the call.',
	'01040': 'The ringing times out, and the platform releases the call. (The called party does not answer the phone within the preset ringing time.)',
	'01043': 'Waiting for outbound call results times out on the platform.',
	'01046': 'The agent fails to be occupied (not involved in IVR outbound call transfer).',
	'01049': 'The outbound call check times out.',
	'34601': 'No outbound campaign task is available.',
	'34605': 'The outbound number is empty.',
	'34606': 'The call attempt fails. That is, the outbound call interface is not invoked. The common cause is that the number of concurrent outbound calls reaches the maximum allowed.',
	'34608': 'Outbound call data is written back when no result is obtained after the call times out.',
	'00602': 'System resources are insufficient. Contact the administrator to check resource configurations.',
	'00605': 'System resources are insufficient. Contact the administrator to check resource configurations.',
	'01048': 'System resources are insufficient. Contact the administrator to check resource configurations.',
	'00606': 'Contact the administrator.',
	'34611': 'Contact the administrator.',
};

/**
 * Table 7-295's "Category" column, per failure code (first category for 34606, as above).
 */
export const ISALES_CALL_RESULT_CATEGORIES: CodeMap = {
	'00000': 'Successful outbound call',
	'00531': 'Call released by a subscriber',
	'00537': 'Call released by a subscriber',
	'00538': 'Call released by a subscriber',
	'00548': 'Call released by a subscriber',
	'00549': 'Call released by a subscriber',
	'00551': 'Call released by a subscriber',
	'00601': 'Call released by a subscriber',
	'00603': 'Call released by a subscriber',
	'00604': 'Call released by a subscriber',
	'00701': 'Call normally released by the platform',
	'00702': 'Call normally released by the platform',
	'01040': 'Call normally released by the platform',
	'01043': 'Call normally released by the platform',
	'01046': 'Call normally released by the platform',
	'01049': 'Call normally released by the platform',
	'34601': 'Call normally released by the platform',
	'34605': 'Call normally released by the platform',
	'34606': 'Call normally released by the platform',
	'34608': 'Call normally released by the platform',
	'00602': 'Call released by the platform due to insufficient system resources',
	'00605': 'Call released by the platform due to insufficient system resources',
	'01048': 'Call released by the platform due to insufficient system resources',
	'00606': 'System error',
	'34611': 'System error',
};

/** Table 7-295's last row: any failure code not listed above. */
export const ISALES_CALL_RESULT_OTHERS = { category: 'System error', meaning: 'Contact the administrator.' } as const;

/**
 * 7.6.1, Table 7-293: `callStatus` of a pushed result ("The value 5 indicates that the call fails,
 * and the value 6 indicates that the call is successful").
 */
export const ISALES_CALL_STATUS: CodeMap = {
	'5': 'the call fails',
	'6': 'the call is successful',
};
