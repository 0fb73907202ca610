// Moved to renderer/ui/form/FormField.tsx; this re-export stays only while forms still being
// written elsewhere import it from here. Delete it once nothing does.
export { FormField } from '../../ui/form/FormField';
