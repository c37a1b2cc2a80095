variable "vpc_id" {
  description = "VPC the example network lives in"
  default     = "vpc-0a1b2c3d"
}

variable "smtp_destinations" {
  description = "Where the worker delivers notification mail"
  default     = ["0.0.0.0/0"]
}
