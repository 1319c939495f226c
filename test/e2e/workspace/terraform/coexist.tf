# A Spectrum mistake in a file that a Terraform language extension also checks.
resource "cloudflare_spectrum_application" "mail" {
  zone_id  = "0da42c8d2132a9ddaf714f9e7c920711"
  protocol = "tcp/25"
  dns = {
    type = "CNAME"
    name = "mail.coexist.example.com"
  }
  origin_direct = ["tcp://2a01:4f8:c2c:123f::3:25"]
  traffic_type  = "direct"
}

locals {
  relay = "mx.coexist.example.com" # stand-in-error
  ports = [25, 587]
}
