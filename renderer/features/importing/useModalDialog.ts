// Moved to renderer/ui/dialog/useModalDialog.ts; this re-export stays only while dialogs still being
// written elsewhere import it from here. Delete it once nothing does.
export { useModalDialog } from '../../ui/dialog/useModalDialog';
