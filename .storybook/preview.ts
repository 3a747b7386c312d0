import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';

// Attribute, event, part and CSS property docs come from the generated manifest (npm run analyze).
setCustomElementsManifest(manifest);

/** The UI languages the kit ships, as the toolbar offers them. */
const LOCALES = [
  { value: 'en', title: 'English', right: 'en' },
  { value: 'de', title: 'Deutsch', right: 'de' },
  { value: 'es', title: 'Español', right: 'es' },
  { value: 'fr', title: 'Français', right: 'fr' },
  { value: 'ar', title: 'العربية (right to left)', right: 'ar' },
];

/**
 * The story's root gets the chosen `lang` and `dir`, as a page would: the elements inside take
 * their UI language from the nearest ancestor's `lang` and mirror their layout right to left.
 */
const withLocale: Decorator = (story, { globals }) => {
  const locale = typeof globals['locale'] === 'string' ? globals['locale'] : 'en';
  return html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'UI language of the elements (lang and dir on the story root)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withLocale],
};

export default preview;
