// `npm start`: serves the demo page on the bundled bank, with the CDN build as a blog would use it.

import { plugins } from './scripts/dev-server-plugins.mjs';

const port = Number(process.env.PORT) || 8000;

export default {
  port,
  rootDir: '.',
  nodeResolve: true,
  plugins: [
    ...plugins(),
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        setTimeout(() => console.log(`\n  quizkit demo: http://localhost:${config.port}/demo/\n`), 0);
      },
    },
  ],
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
