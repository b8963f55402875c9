import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Configuration } from 'webpack';
import { merge } from 'webpack-merge';

import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

// Extends create-plugin's config (left unedited in .config/): nested plugins keep their logos in
// their own img/ folders, and the bundled dashboards live at the repository root.
const config = async (env: Env): Promise<Configuration> => {
  const baseConfig = await grafanaConfig(env);
  return merge(baseConfig, {
    module: {
      rules: [
        {
          // The core is pure (no module does anything on import), so a bundle keeps only the modules
          // whose exports it uses: the panels import a few helpers through src/sales/index.ts without
          // taking in the compiler, the warehouse code or the forecasting.
          test: /[\\/]src[\\/]sales[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: '**/img/*.svg', to: '.', globOptions: { ignore: ['img/**'] } },
          { from: '../dashboards/*.json', to: 'dashboards/[name][ext]', noErrorOnMissing: true },
          { from: '../dashboards/zh-Hans/*.json', to: 'dashboards/zh-Hans/[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
  });
};

export default config;
