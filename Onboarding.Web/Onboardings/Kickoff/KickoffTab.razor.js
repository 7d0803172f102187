// The browser's own IANA time zone, so the kickoff form can show the meeting in the reader's local time.
export function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
