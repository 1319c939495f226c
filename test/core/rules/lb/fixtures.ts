/** Valid objects the Load Balancing rule tests start from: each lints without findings. */
export const HTTPS_MONITOR = {
  type: 'https',
  description: 'Login page',
  method: 'GET',
  path: '/health',
  header: { Host: ['app.example.com'] },
  expected_codes: '200',
  interval: 60,
  timeout: 5,
  retries: 2,
};

export const HTTP_MONITOR = { type: 'http', path: '/health', expected_codes: '2xx', follow_redirects: true, interval: 60, timeout: 5, retries: 2 };

export const TCP_MONITOR = { type: 'tcp', port: 22, interval: 60, timeout: 5, retries: 1 };

export const POOL = {
  name: 'primary-dc',
  monitor: 'f1aba936b94213e5b8dca0c0dbf1f9cc',
  check_regions: ['WNAM', 'ENAM'],
  origins: [
    { name: 'app-1', address: '45.60.12.10', enabled: true, weight: 1 },
    { name: 'app-2', address: 'origin.example.com', weight: 0.5 },
  ],
};

export const VNET = '0b9b1b3e-4a3c-4f47-9a39-0f51a2d6c6f1';
