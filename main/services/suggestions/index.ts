export { acceptAll, acceptSuggestion, rejectAll, rejectSuggestion, type AcceptResult } from './decideSuggestions.ts';
export { createSuggestion, listSuggestions } from './suggestionRecords.ts';
