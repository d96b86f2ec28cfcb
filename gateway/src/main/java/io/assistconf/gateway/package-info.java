/**
 * Request checking for API gateways, with no servlet API: a {@link io.assistconf.gateway.RequestChecker}
 * answers each {@link io.assistconf.gateway.Request} to a documented endpoint with a
 * {@link io.assistconf.gateway.Decision} before it reaches the backend: pass it on untouched, forward it
 * (canonical or as it came, {@link io.assistconf.gateway.Forwarding}), or reject it with a response in the
 * API's own error format or as problem details ({@link io.assistconf.gateway.ErrorFormat}).
 *
 * <p>The endpoints a checker owns are a route table ({@link io.assistconf.gateway.Routes}, one
 * {@link io.assistconf.gateway.Route} per endpoint), shipped as data and open to a caller's own table.
 * {@link io.assistconf.gateway.Mode#REPORT_ONLY} logs what enforcing would reject and forwards it.
 */
package io.assistconf.gateway;
