# API image that also serves the built dashboard. Build: docker build -t papitracker .
FROM node:20-bookworm-slim AS client
WORKDIR /src/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# ReadyToRun: the code is compiled ahead of time for the image's architecture, so a fresh container answers
# its first requests (a score import, the first dashboard) without waiting for the JIT (bench/RESULTS.md).
RUN dotnet publish src/Api/Api.csproj -c Release -a "$TARGETARCH" --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# The consolidated report's PDF is its .docx rendered by LibreOffice headless (ADR 0008); Liberation Serif 2 is
# Times New Roman's metric twin with the Vietnamese glyphs (version 1 lacks them).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=api /app ./
COPY --from=client /src/client/dist ./wwwroot
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "PapiTracker.Api.dll"]
