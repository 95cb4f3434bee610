/**
 * Voice notification (chapter 14, 6.2.9/6.2.10) and agent bidirectional call (6.2) codes from the
 * CEC 2.5 API reference.
 *
 * These interfaces print their codes as option lists inside a parameter's description rather than
 * as tables, and the same small number means different things in different interfaces, hence one
 * map per interface where they differ. Text is copied from the reference (HTML stripped,
 * whitespace collapsed).
 */
import type { CodeMap } from './types';

/**
 * 14.4.2 Release Event Callback API, request body parameter 14 `releaseReason`.
 */
export const VOICE_NOTIFICATION_RELEASE_REASONS: CodeMap = {
	'0': 'The called party releases the call after the call is connected.',
	'1': 'After the call is connected, the system automatically releases the call when the voice notification is finished.',
	'4': 'The called party rejects the call or does not answer the call within the specified period after ringing.',
	'6': 'The call fails before ringing.',
	'8': 'No resource is available.',
	'9': 'The ACD times out.',
	'10': 'The call is restricted.',
	'999': 'The UAP fails to initiate a recording conference.',
};

/**
 * 14.3 Creating a Voice Notification (V2.0.0), Table 14-10 "Return codes": `retCode` of the response.
 * The only full return-code table of the voice notification interfaces, so codes are looked up here
 * first unless the caller says it used V1: V1 (Table 14-6) also has 2 and 8, and words 5, 7 and 9
 * slightly differently.
 */
export const VOICE_NOTIFICATION_RETURN_CODES: CodeMap = {
	'0': 'Success.',
	'1': 'A task is in progress. Try again later.',
	'3': 'Creation failed. No call SN is generated.',
	'4': 'The format of softphone does not match the rule.',
	'5': 'The value of called is not transferred, or the format does not match the rule.',
	'6': 'The VDN is not enabled.',
	'7': 'callerPresent fails to pass the verification.',
	'9': 'The value of callBackUrl does not meet the requirements.',
	'10': 'The value of playTimes must be greater than or equal to 1 and less than or equal to 5.',
	'11': 'The playList array is empty or the array size is greater than 5.',
	'12': 'Both voiceld and templated are empty.',
	'13': 'The length of a single variable exceeds 32 bytes.',
	'14': 'The format of the parameter value in templateParams is incorrect. The parameter value contains at least one of the following characters: ${}.',
	'15': 'The templateParams array is empty or the array size is greater than 10.',
	'16': 'The tenant is in trial commercial use state, and the called number is not in the trustlist.',
	'17': 'The voice or TTS file data does not exist.',
	'18': 'The recording or TTS text files are not used in voice notification scenarios.',
	'19': 'The recording or TTS text file is not submitted.',
	'20': 'The recording or TTS text file is submitted but not approved.',
	'21': 'The recording or TTS text file is rejected.',
	'22': 'The file type corresponding to templated is not text.',
	'23': 'The file type corresponding to voiceld is not voice.',
	'24': 'The recording file or TTS file data does not exist in the database.',
	'25': 'The size of the templateParams array is different from the number of variables defined in the template corresponding to templated.',
	'26': 'The date format of the parameter value in templateParams is incorrect.',
	'27': 'The time format of the parameter value in templateParams is incorrect.',
	'28': 'The format of the voice notification template is incorrect.',
	'29': 'The length of the parameter value in templateParams cannot be greater than that of the variable defined in the template specified by templated. For example, if the variable defined in the template is NUM_6 (6 indicates that the maximum length is 6) and the corresponding input parameter value is 1234567, the verification fails.',
	'30': 'The byte length of the parameter value in templateParams cannot be greater than that of the variable defined in the template specified by templated. For example, the variable defined in the template is NUM_14 (14 indicates that the maximum byte length is 14).',
	'31': 'The value of the variable NUM_Number in templateParams can be only a digit.',
	'32': 'The value length of the variable NUM_Number in templateParams is greater than 9.',
	'33': 'The value of voiceFileName does not exist.',
	'34': 'The file type corresponding to the input parameter voiceFileName is not voice.',
	'35': 'The values of elements in the templateParams array cannot be empty.',
	'36': 'The value of priority is in an incorrect format.',
};

/**
 * 14.2 Creating a Voice Notification (V1.0.0), Table 14-6 `retCode` ("0 indicates success" plus the
 * listed failures).
 */
export const VOICE_NOTIFICATION_V1_RETURN_CODES: CodeMap = {
	'0': 'success',
	'1': 'A task is in progress. Try again later.',
	'2': 'The value length of callData exceeds 1024 characters.',
	'3': 'Creation failed. No call SN is generated.',
	'4': 'The format of softphone does not match the rule.',
	'5': 'The value of caller or called is not transferred, or the format does not match the rule.',
	'6': 'The VDN is not enabled.',
	'7': 'callerPresent or agentPresent fails to pass the verification.',
	'8': 'The value of voiceContent is empty, exceeds the upper limit, or does not exist.',
	'9': 'The value of callbackUrl does not meet the requirements.',
	'16': 'The tenant is in trial commercial use state, and the called number is not in the trustlist.',
	'36': 'The value of priority is in an incorrect format.',
};

/**
 * 14.1 Querying Voice Notification Recording Files, Table 14-3 `returnCode` ("0: success; other
 * values: failure (1: incorrect request parameter type)").
 */
export const VOICE_NOTIFICATION_QUERY_RETURN_CODES: CodeMap = {
	'0': 'success',
	'1': 'incorrect request parameter type',
};

/**
 * 6.2.4 Querying Call Status (queryCallState), Table 6-370 `result.state`. The connection callback
 * (6.2.14.2) carries no status value, so this query is where the call status values are printed;
 * 6.2.3 (Table 6-366, `state`) prints the same four.
 */
export const BIDIRECTIONAL_CALL_STATES: CodeMap = {
	'0': 'to be called',
	'1': 'calling',
	'2': 'talking',
	'3': 'ended',
};

/**
 * 6.2.4, Table 6-370 `result.reasonCode` ("The value ranges from 0 to 65535"; "xxx" stands for any
 * other value). 6.2.3 (Table 6-366) prints the same codes with "0"/"1" worded the other way round,
 * see BIDIRECTIONAL_CALL_END_REASONS_CDR. Codes beyond these are ITA_REASON_CODES.
 */
export const BIDIRECTIONAL_CALL_END_REASONS: CodeMap = {
	'0': 'The call ends and the called party hangs up.',
	'1': 'The call ends and the calling party hangs up.',
	'2': 'The outbound call fails to be made to the calling party.',
	'3': 'The called party fails to be called.',
	'4': 'The calling party does not answer the call.',
	'5': 'The called party does not answer the call.',
	'6': 'Failed to initiate the call.',
	xxx: 'Other exceptions occur.',
};

/**
 * 6.2.3 Querying Call History Records, Table 6-366 `reasonCode`, as worded there.
 */
export const BIDIRECTIONAL_CALL_END_REASONS_CDR: CodeMap = {
	'0': 'The called party hangs up. The call ends.',
	'1': 'The calling party hangs up. The call ends.',
	'2': 'The outbound call fails to be made to the calling party.',
	'3': 'The called party fails to be called.',
	'4': 'The calling party does not answer the call.',
	'5': 'The called party does not answer the call.',
	'6': 'Failed to initiate the call.',
	xxx: 'Other exceptions occur.',
};

/**
 * 6.2.14.3 Release Event Callback, Table 6-400 `releaseReason` ("xxx": other exceptions).
 */
export const BIDIRECTIONAL_RELEASE_REASONS: CodeMap = {
	'0': 'The call ends and the called party hangs up.',
	'1': 'The call ends and the calling party hangs up.',
	'2': 'The outgoing call fails to be made to the calling party.',
	'3': 'The called party fails to be called.',
	'4': 'The calling party does not answer the call.',
	'5': 'The called party does not answer the call.',
	xxx: 'Other exceptions occur.',
};

/**
 * 6.2.1 / 6.2.2 createCall, Table 6-358 (= Table 6-362) "Return codes for ITA bidirectional calls":
 * Description column.
 */
export const ITA_RETURN_CODES: CodeMap = {
	'90100100': 'The request message is incorrect. For example, a parameter is missing or not supported.',
	'90100200': 'The request source or signature does not pass the verification.',
	'90100300': 'The request is incorrect.',
	'90100400': 'The requested resource does not exist.',
	'90100600': 'Internal system error.',
	'90102001': 'Insufficient balance.',
	'90102002': 'Request restriction.',
	'90104001': 'Insufficient permission.',
	'90104003': 'Request forbidden.',
	'90104004': 'The business function is not supported or implemented.',
	'90104008': 'The business processing times out or fails.',
	'90104029': 'Too many requests.',
	'90106001': 'The number binding relationship exists.',
	'90106002': 'The number binding relationship does not exist.',
	'90106003': 'The number resource pool is insufficient.',
	'90106004': 'No available number is found.',
	'90106005': 'The number binding data is inconsistent.',
	'90106006': 'An error occurs due to other number reasons.',
	'90106010': 'Forbidden by policies.',
	'90106011': 'The calling number is restricted.',
	'90106012': 'The called number is restricted.',
};

/**
 * Table 6-358's `retMsg` column: the message the ITA returns with each code.
 */
export const ITA_RETURN_MESSAGES: CodeMap = {
	'90100100': 'Invalid Input Parameter',
	'90100200': 'Auth Failed',
	'90100300': 'Bad Request',
	'90100400': 'Not found',
	'90100600': 'Internal Server Error',
	'90102001': 'Insufficient Balance',
	'90102002': 'Request Restriction',
	'90104001': 'Insufficient Permission',
	'90104003': 'Request Forbidden',
	'90104004': 'Service Unavailable',
	'90104008': 'Service Process Failure',
	'90104029': 'Too Many Requests',
	'90106001': 'Binding relationship already exists',
	'90106002': 'Binding relationship not exists',
	'90106003': 'Insufficient Number resources',
	'90106004': 'No corresponding number found',
	'90106005': 'Inconsistent binding data',
	'90106006': 'Other Error',
	'90106010': 'Policy Forbid',
	'90106011': 'Caller Forbid',
	'90106012': 'Callee forbid',
};

/**
 * 6.2.3 / 6.2.4, Table 6-367 (= Table 6-371) "Reason codes for ITA bidirectional calls": the
 * `reasonCode` of ITA calls. The table's header says `retCode`, but both response tables point
 * `reasonCode` at it.
 */
export const ITA_REASON_CODES: CodeMap = {
	'0': 'N/A',
	'1': 'The number cannot be found.',
	'2': 'Failed to route to the network.',
	'3': 'Failed to route to the destination.',
	'4': 'Special messages are sent.',
	'5': 'Incorrect trunk prefix.',
	'6': 'The channel cannot be accessed.',
	'7': 'A channel has been created.',
	'8': 'Preemption.',
	'9': 'Preemption reservation.',
	'16': 'Normal call clearance.',
	'17': 'The user is busy.',
	'18': 'No answer.',
	'19': 'No user answers the call.',
	'20': 'The user is unreachable.',
	'21': 'Call rejected.',
	'22': 'The number has been changed.',
	'23': 'Redirection.',
	'25': 'The switching route is incorrect.',
	'26': 'No user permission.',
	'27': 'The target is disordered.',
	'28': 'Invalid number format.',
	'29': 'Rejected by the device.',
	'30': 'Status query.',
	'31': 'Normal.',
	'34': 'Unreachable route.',
	'38': 'Poor network quality.',
	'39': 'Service out of connection.',
	'40': 'Connecting.',
	'41': 'Temporarily failed.',
	'42': 'The device is congested.',
	'43': 'Discarded information.',
	'44': 'The channel cannot be accessed.',
	'46': 'Call blocked.',
	'47': 'No available resource.',
	'49': 'Invalid quality.',
	'50': 'The device is not reserved.',
	'53': 'Outbound calls barred within the CUG.',
	'55': 'Inbound calls barred within the CUG.',
	'57': 'No permission for transmission.',
	'58': 'Invalid transmission.',
	'62': 'The levels are inconsistent.',
	'63': 'Invalid service.',
	'65': 'Transmission cannot be performed.',
	'66': 'The channel cannot be implemented.',
	'69': 'Invalid device.',
	'70': 'Valid transmission.',
	'79': 'The CV service is not configured.',
	'81': 'An invalid value is referenced.',
	'82': 'The channel does not exist.',
	'83': 'The ID does not exist.',
	'84': 'The call ID does not exist.',
	'85': 'No call is suspended.',
	'86': 'Anonymous call.',
	'87': 'The CUG has no member.',
	'88': 'Incompatible destination.',
	'90': 'The CUG does not exist.',
	'91': 'Invalid network.',
	'95': 'Invalid information.',
	'96': 'Not hosting element.',
	'97': 'Type not found.',
	'98': 'The information is not implemented.',
	'99': 'The information element does not exist.',
	'100': 'Invalid information element.',
	'101': 'Inconsistent call status.',
	'102': 'The timer times out.',
	'103': 'The parameter does not exist.',
	'110': 'The message contains unidentified parameters.',
	'111': 'Protocol error.',
	'127': 'Unspecified interaction.',
};

/**
 * `retCode` of each bidirectional call interface (6.2.1-6.2.8), keyed by section: each interface
 * prints its own list in its response table (Tables 6-357, 6-361, 6-366, 6-370, 6-374, 6-377,
 * 6-380, 6-383) and "1" alone has five meanings. "0" is the documented success value ("The value
 * 0 indicates success").
 */
export const BIDIRECTIONAL_RETURN_CODES: Readonly<Record<string, CodeMap>> = {
	'6.2.1': {
		'0': 'success',
		'1': 'Failed to add the outbound call task. The same outbound call task may exist in the outbound call database.',
		'2': 'Call data information.',
		'3': 'The call SN field is not queried.',
		'5': 'The format of the calling number, called number, or CLIP number is incorrect.',
		'6': 'The VDN is unavailable.',
		'8': 'The calling number is not in the softphone number range used by the mobile agent assigned by the tenant.',
		'9': 'The value of callbackUrl does not meet the requirements.',
		'16': 'The agent-side number of the trial tenant is not in the trustlist.',
		'21': 'The number of one-click bidirectional calls of the trial tenant exceeds the upper limit 10 per day.',
	},
	'6.2.2': {
		'0': 'success',
		'1': 'Failed to add the outbound call task. The same outbound call task may exist in the outbound call database.',
		'2': 'Call data information.',
		'3': 'The call SN field is not queried.',
		'5': 'The format of the calling number, called number, or CLIP number is incorrect.',
		'6': 'The VDN is unavailable.',
		'8': 'The calling number is not in the softphone number range used by the mobile agent assigned by the tenant.',
		'16': 'The agent-side number of the trial tenant is not in the trustlist.',
		'21': 'The number of one-click bidirectional calls of the trial tenant exceeds the upper limit 10 per day.',
	},
	'6.2.3': {
		'0': 'success',
		'1': 'No data is found.',
		'2': 'The format of the start time and end time is incorrect.',
		'4': 'The limit or offset pagination data format is incorrect.',
		'12': 'The calling number is unavailable.',
	},
	'6.2.4': {
		'0': 'success',
		'1': 'Failed to query the status.',
		'3': 'The format of the call SN is incorrect.',
	},
	'6.2.5': {
		'0': 'success',
		'1': 'Failed to upload data to OBS.',
		'3': 'The VDN is unavailable.',
		'5': 'No corresponding history record.',
		'6': 'The VDN does not exist.',
		'7': 'The SFTP information is empty.',
		'8': 'The SFTP user password is empty.',
		'9': 'SFTP connection failed.',
		'10': 'Failed to obtain the temporary path.',
		'11': 'Failed to download files from the UAP.',
		'12': 'The length of the call SN cannot exceed 50 characters.',
		'13': 'The size of the recording file exceeds the upper limit.',
	},
	'6.2.6': {
		'0': 'success',
		'1': 'Query failed.',
		'2': 'The mobile agent information is empty.',
		'3': 'The registered service address or port number is empty.',
		'4': 'The limit or offset pagination data is empty.',
		'5': 'The virtual call center information is empty.',
	},
	'6.2.7': {
		'0': 'success',
		'1': 'Query failed.',
		'2': 'The mobile agent information is empty.',
		'3': 'The registered service address or port number is empty.',
		'4': 'The limit or offset pagination data is empty.',
		'5': 'The virtual call center information is empty.',
	},
	'6.2.8': {
		'0': 'success',
		'4': 'The called party ID cannot be obtained.',
		'5': 'The called party ID is not configured.',
	},
};
