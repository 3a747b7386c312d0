import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages generated from the stories and custom-elements.json (attributes, events, parts, CSS properties).
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
};

export default config;
