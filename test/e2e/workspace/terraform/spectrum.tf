# Spectrum applications managed with the Cloudflare provider, version 5 syntax
# (nested attributes: dns = { ... }).
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5.0"
    }
  }
}

variable "zone_id" {
  type = string
}

# An IPv6 origin without brackets: where the address ends and the port begins is ambiguous.
resource "cloudflare_spectrum_application" "ssh" {
  zone_id  = var.zone_id
  protocol = "tcp/22"
  dns = {
    type = "CNAME"
    name = "ssh.tf.example.com"
  }
  origin_direct = ["tcp://2a01:4f8:c2c:123f::1:22"]
  traffic_type  = "direct"
}

# Both kinds of origin at once: the API accepts only one.
resource "cloudflare_spectrum_application" "game" {
  zone_id  = var.zone_id
  protocol = "tcp/25565"
  dns = {
    type = "CNAME"
    name = "game.tf.example.com"
  }
  origin_direct = ["tcp://146.190.50.22:25565"]
  origin_dns = {
    name = "origin.example.com"
  }
  origin_port  = 25565
  traffic_type = "direct"
}

# Correct: nothing to report.
resource "cloudflare_spectrum_application" "web" {
  zone_id  = var.zone_id
  protocol = "tcp/8443"
  dns = {
    type = "CNAME"
    name = "web.tf.example.com"
  }
  origin_direct = ["tcp://[2a01:4f8:c2c:123f::2]:8443"]
  traffic_type  = "direct"
}
