/**
 * Terraform's override files (`override.tf`, `*_override.tf`, and their `.tf.json` forms): Terraform
 * merges each of their blocks into the block of the same type and name in the module's other files,
 * so a block there is only part of its object. Such files are often local (the standard Terraform
 * `.gitignore` leaves them out), so an editor meets them more often than CI.
 */
export const isTerraformOverride = (path: string | undefined): boolean => path !== undefined && /(^|[\\/])(override|[^\\/]*_override)\.tf(\.json)?$/i.test(path);
