// Where the caret is in the template body, so that a merge field chip inserts there.
export function caret(selector) {
    const box = document.querySelector(selector);
    if (!box || typeof box.selectionStart !== "number") return null;
    return [box.selectionStart, box.selectionEnd];
}

export function focusAt(selector, position) {
    const box = document.querySelector(selector);
    if (!box) return;
    box.focus();
    box.setSelectionRange(position, position);
}
