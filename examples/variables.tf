variable "vpc_id" {
  description = "VPC the example network lives in"
  default     = "vpc-0a1b2c3d"
}

variable "smtp_destinations" {
  description = "Where the worker delivers notification mail: a third-party smarthost"
  default     = ["203.0.113.25/32"]
}
