# kontaktkoll in a container: Node 20, Debian's Chromium headless shell, and this package.
#   docker build -t kontaktkoll .
#   docker run --rm kontaktkoll audit https://www.exempel.se
#   docker run --rm -v "$PWD:/work" -w /work kontaktkoll batch companies.csv --output-dir out
FROM node:20-bookworm-slim

# Debian's Chromium: Playwright's own download needs a network the build may not have, and
# the distribution's package gets security updates with the image. Its headless shell is all an
# audit needs, and lighter than the whole browser (src/crawl/find-browser.ts says how much); the
# binary itself, not the /usr/bin script that starts it as a child.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-core fonts-noto-color-emoji ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV KONTAKTKOLL_BROWSER=/usr/lib/chromium/chromium-headless-shell \
    NODE_ENV=production

WORKDIR /opt/kontaktkoll
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY bin ./bin
COPY rules ./rules
COPY schema ./schema
COPY fixtures/sites ./fixtures/sites
# Dev dependencies build it; the image keeps only what runs.
RUN npm ci --ignore-scripts \
 && npm run build \
 && npm prune --omit=dev \
 && ln -s /opt/kontaktkoll/bin/kontaktkoll.js /usr/local/bin/kontaktkoll

# Playwright starts Chromium without its sandbox, which a container without extra privileges needs.
USER node
WORKDIR /home/node
ENTRYPOINT ["kontaktkoll"]
CMD ["--help"]
