namespace Handbook.Bench;

/// <summary>
/// A minimal Hugo site over the same synthetic stories, so both generators build the same Markdown: the story files
/// are copied unchanged under <c>content/stories/</c>, competencies, patterns and levels become taxonomies (Handbook
/// builds an index page per term too), and a few small layouts written here render each page. No theme is fetched.
/// </summary>
internal static class HugoSite
{
    /// <summary>Writes the site folder <paramref name="site"/> from the Handbook input folder <paramref name="input"/>.</summary>
    public static void Write(string input, string site)
    {
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        var stories = Path.Combine(site, "content", "stories");
        Directory.CreateDirectory(stories);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(input, "stories"), "*.md", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(stories, Path.GetFileName(file)));
        // Handbook's front matter says "level: staff"; Hugo's taxonomies want the key as named in the configuration.
        File.WriteAllText(Path.Combine(site, "config.toml"), """
            baseURL = "/"
            title = "Synthetic handbook"
            disableKinds = ["RSS", "sitemap", "robotsTXT"]
            uglyURLs = true
            [taxonomies]
              competency = "competencies"
              pattern = "patterns"
              level = "level"
              tag = "tags"
            [markup.goldmark.renderer]
              unsafe = false
            """);
        var layouts = Path.Combine(site, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><header><a href="{{ relURL "" }}">{{ site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
            <ul>{{ range .Params.metrics }}<li>{{ . }}</li>{{ end }}</ul><p>{{ .Params.tradeoff }}</p>
            <p>{{ range .GetTerms "competencies" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
            {{ .TableOfContents }}{{ .Content }}</article>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
        File.WriteAllText(Path.Combine(site, "layouts", "index.html"), """
            {{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range where site.RegularPages "Section" "stories" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """);
    }
}
