# Opened as plain text (files.associations in .vscode/settings.json): still checked, by its name.
resource "cloudflare_spectrum_application" "plain" {
  zone_id  = "023e105f4ecef8ad9ca31a8372d0c353"
  protocol = "tcp/2222"
  dns = {
    type = "CNAME"
    name = "plain.example.com"
  }
  origin_direct = ["tcp://2a01:4f8:c2c:123f::9:2222"]
  traffic_type  = "direct"
}
