/**
 * Udesk call center open API (ccapi v2), "Return Code Description": the ErrCode values every
 * interface answers with, as the document prints them.
 */
import type { CodeMap } from './types';

export const UDESK_ERROR_CODES: CodeMap = {
	'000000': 'Success',
	'000001': 'Invalid parameter',
	'000035': 'Request timeout',
	'000036': 'Incorrect request',
	'000060': 'Internal error',
	'100001': 'Parameter is empty',
	'100002': 'App is invalid or forbidden',
	'100003': 'Account not found',
	'100004': 'Incorrect message',
	'100005': 'Relay number not found',
	'100006': 'Name already exists',
	'100007': 'Voice not found',
	'100008': 'Invalid wav file',
	'100009': 'Wav file conversion failed',
	'100010': 'Failed to create default voice file',
	'100011': 'Failed to create new bucket',
	'100012': 'Failed to download file',
	'100013': 'Database initialization failed',
	'100014': 'Md5 check failed',
	'100015': 'Number exists',
	'100016': 'Voice binding agent',
	'100017': 'App ID is empty',
	'100018': 'No records found',
	'100019': 'Parsing failed',
	'100020': 'Ivr not found',
	'100021': 'Invalid agent status',
	'100022': 'Ownership error',
	'200001': 'This app does not exist',
	'200002': 'Parameter error',
	'200003': 'Service resolution error',
	'200004': 'No related records found',
	'200005': 'Start node error',
	'200006': 'Condition node error',
	'200007': 'Play node error',
	'200008': 'Voice collection node error',
	'200009': 'Queue node error',
	'200010': 'Webhook node error',
	'200011': 'Number collection node error',
	'200018': 'Hangup node error',
	'200019': 'This name already exists',
	'200020': 'Authentication error',
	'200021': 'Internal service error',
	'200022': 'Routing format error',
	'200023': 'Database error',
	'200024': 'Missing start or end node',
};

/** Hints for the codes a user can act on. */

/** The table's meanings, with what to do about the codes a user can act on: what errors say. */
export const UDESK_ERRORS: CodeMap = {
	...UDESK_ERROR_CODES,
	'200020': 'Authentication error. Check the Sid, Auth Token and App ID of the credential, and the n8n host clock: a Timestamp is accepted for 10 minutes',
	'100002': 'App is invalid or forbidden. Check the App ID of the credential',
	'100017': 'App ID is empty. Set the App ID in the credential',
	'000035': 'Request timeout. The Timestamp may be older than 10 minutes: check the n8n host clock',
};
