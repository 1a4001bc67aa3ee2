// `npm start`: serves the repository root, where the demo loads the built /dist/rr-customer.js.
// The port is left unset on purpose: the server then takes 8000, or the next free one.
export default {
  rootDir: '.',
  hostname: 'localhost',
  open: false,
  watch: false,
  middleware: [
    function demoOnly(context, next) {
      // The printed address is the root: send it on to the playground.
      if (context.path === '/') return context.redirect('/demo/');
      // The server answers on every interface: keep .git and other dot files to ourselves.
      if (context.path.includes('/.')) {
        context.status = 404;
        return undefined;
      }
      return next();
    },
  ],
  plugins: [
    {
      name: 'demo-address',
      serverStart({ config, logger }) {
        logger.log(`Playground: http://${config.hostname}:${config.port}/demo/\n`);
      },
    },
  ],
};
