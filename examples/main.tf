# A small network: a web app, a background worker, a batch host and the company's mail relay.

# The app: HTTPS to the internet, mail only through the relay. Clean.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = var.vpc_id

  egress {
    description = "HTTPS to third-party APIs"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description     = "Mail via the relay"
    from_port       = 587
    to_port         = 587
    protocol        = "tcp"
    security_groups = [aws_security_group.mail_relay.id]
  }
}

# The worker: someone sent its mail straight to a third-party smarthost, around the relay (EGR003).
resource "aws_security_group" "worker" {
  name   = "worker"
  vpc_id = var.vpc_id
  egress = []
}

resource "aws_security_group_rule" "worker_smtp" {
  type              = "egress"
  security_group_id = aws_security_group.worker.id
  protocol          = "tcp"
  from_port         = 25
  to_port           = 25
  cidr_blocks       = var.smtp_destinations
}

# The batch host: no egress declared at all, so egress is unmanaged (EGR001).
resource "aws_security_group" "batch" {
  name   = "batch"
  vpc_id = var.vpc_id
}

# The debug box: every UDP port to the whole internet, "for DNS and NTP tests" (EGR002).
resource "aws_security_group" "debug" {
  name   = "debug"
  vpc_id = var.vpc_id

  egress {
    from_port        = 0
    to_port          = 65535
    protocol         = "udp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

# The relay delivers mail to the internet: that is its job, so the finding is suppressed with a reason.
resource "aws_security_group" "mail_relay" {
  name   = "mail-relay"
  vpc_id = var.vpc_id

  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    # egress-lint:ignore EGR002 EGR003 -- the relay is the one host allowed to deliver mail to the internet
    cidr_blocks = ["0.0.0.0/0"]
  }
}
