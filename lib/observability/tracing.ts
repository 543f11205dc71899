import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { onShutdown } from "./shutdown";

/**
 * Registers an OpenTelemetry tracer provider that sends spans over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT,
 * which the exporter reads itself with the other standard OTEL_EXPORTER_OTLP_* and OTEL_BSP_* variables. Next.js finds
 * the provider and traces requests, routes, renders and fetches; our own code adds nothing yet.
 */
export function startTracing(serviceName: string): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  // Spans still queued go out before the process ends (the server exits after SIGTERM's requests finish).
  onShutdown(() => provider.shutdown());
}
