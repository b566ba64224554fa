# The nieuwslezer program in a small image: built in one stage, run in another that holds only
# the runtime libraries (scripts/install-deps --runtime) and the installed program and data.
#   docker build -t nieuwslezer:0.1.0 .
#   docker run --rm -v nieuws:/out nieuwslezer:0.1.0 --example -o nieuws.mp3
# The program is the entry point; its outputs go to /out (the working folder, a volume).

FROM debian:12-slim AS build
WORKDIR /src
# The packages first, in a layer of their own that a change to the source does not redo.
COPY scripts/install-deps scripts/
RUN bash scripts/install-deps
COPY . .
RUN bash scripts/build && DESTDIR=/staging cmake --install build --prefix /usr

FROM debian:12-slim
COPY scripts/install-deps /tmp/install-deps
RUN bash /tmp/install-deps --runtime && rm -rf /var/lib/apt/lists/* /tmp/install-deps
# /usr/bin/nieuwslezer and its voices, data and examples in /usr/share/nieuwslezer.
COPY --from=build /staging/usr/ /usr/
# The user the Kubernetes CronJobs name (examples/kubernetes/make-cronjobs: 10001).
RUN useradd --system --uid 10001 --user-group --home-dir /out --no-create-home nieuwslezer && \
    install -d -o nieuwslezer -g nieuwslezer /out
USER 10001:10001
WORKDIR /out
VOLUME /out
ENTRYPOINT ["nieuwslezer"]
