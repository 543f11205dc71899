# The production image: the traced standalone server, our server entry point and the operators' commands
# (scripts/build-image.ts lays them out in .next/image). Not built on the machines this project was written on (no
# container engine there); the same folder was started there as this image starts it (README, "Operations").
FROM node:20-bookworm-slim AS build
WORKDIR /app
# argon2 is compiled here: its prebuilt binary crashed on some machines (scripts/build-image.ts).
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/patch-postgres.mjs scripts/
COPY prisma prisma
RUN npm install && (cd node_modules/argon2 && npx --yes node-gyp rebuild)
COPY . .
RUN npm run build && npm run build:image

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/.next/image ./
USER node
EXPOSE 3000
# Liveness for the container; load balancers use /api/health (readiness: 503 while the database is away).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Applies pending migrations under the lock instances starting together queue on, then serves; SIGTERM drains. Node's
# flags are scripts/server-command.ts's SERVER_NODE_FLAGS (its test checks this line).
CMD ["node", "--max-semi-space-size=64", "server.mjs", "start", "--migrate"]
