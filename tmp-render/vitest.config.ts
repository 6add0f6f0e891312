import { getViteConfig } from 'astro/config';
export default getViteConfig({ resolve: { preserveSymlinks: true }, test: { include: ['tmp-render/*.test.ts'], server: { deps: { external: [/node_modules\/astro\//] } } } } as any);
