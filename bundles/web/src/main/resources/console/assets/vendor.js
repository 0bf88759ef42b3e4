// Third-party libraries, served from the WebJars inside the web bundle. The version is filled in by the build
// from the root pom (echarts.version), so it is pinned in exactly one place.
export * as echarts from '/webjars/echarts/${echarts.version}/dist/echarts.esm.min.js';
