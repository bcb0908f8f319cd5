# Mitra in a container: the jar on Eclipse Temurin's JRE, data in the /data volume.
#   ./mvnw -DskipTests package
#   docker build -t mitra .
#   docker run -d --name mitra -p 8080:8080 -v mitra-data:/data mitra
FROM eclipse-temurin:17-jre

RUN groupadd --system mitra && useradd --system --gid mitra --home-dir /data --shell /usr/sbin/nologin mitra \
    && mkdir -p /data && chown mitra:mitra /data && chmod 0700 /data
COPY target/mitra.jar /opt/mitra/mitra.jar

USER mitra
WORKDIR /data
VOLUME /data
ENV MITRA_DATA_DIR=/data \
    SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["java", "-Xmx32m", "-jar", "/opt/mitra/mitra.jar", "healthcheck"]
ENTRYPOINT ["java", "-jar", "/opt/mitra/mitra.jar"]
CMD ["serve"]
