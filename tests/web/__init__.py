"""The knowledge library's web page: access per role, sign-in, CSRF, cookies, hostile
input, and a real browser."""
