// @ts-check
/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Trial site',
  tagline: 'A site to try the import on',
  url: 'https://example.org',
  baseUrl: '/',
  organizationName: 'example',
  projectName: 'trial',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: require.resolve('./sidebars.js'),
          routeBasePath: 'docs',
          editUrl: 'https://example.org/git/trial/tree/main/',
          tags: '../tags.yml',
        },
        blog: false,
      }),
    ],
  ],
  plugins: [
    async function myPlugin() {
      return { name: 'my-plugin' };
    },
  ],
};

module.exports = config;
