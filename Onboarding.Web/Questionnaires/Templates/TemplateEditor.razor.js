// Ctrl+S (Cmd+S) saves the questionnaire template draft instead of saving the web page.
export function listen(dotnet) {
    const handler = e => {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
            e.preventDefault();
            dotnet.invokeMethodAsync('SaveFromShortcutAsync');
        }
    };
    document.addEventListener('keydown', handler);
    return { dispose: () => document.removeEventListener('keydown', handler) };
}
