using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Handbook.Publishing;
using Handbook.Rendering;

namespace Handbook.Sharing;

/// <summary>
/// Locks a rendered share build file by file: each page's content (its <c>&lt;main&gt;</c>, or its body), title and
/// scripts are encrypted into the page, which shows a passphrase form in their place; the data scripts (search index,
/// search texts, practice data) are encrypted whole. <c>assets/lock.js</c> undoes both in the browser with WebCrypto.
/// Pure apart from the random nonces.
/// </summary>
public sealed partial class Sealer(PassphraseLock key)
{
    /// <summary>The script every locked page loads, relative to the site's root.</summary>
    public const string LockScript = "assets/lock.js";

    // Link-preview tags carry the title and summary; a locked page has neither to give.
    private const string PreviewTags = "meta[name=description], meta[property='og:title'], meta[property='og:description'], " +
        "meta[name='twitter:title'], meta[name='twitter:description']";

    // The default encoder escapes <, >, & and quotes, so a sealed script can never be closed by what it carries.
    private static readonly SealJson Json = new(new JsonSerializerOptions
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The file as it is published in a locked build: sealed when it holds story text, else unchanged.</summary>
    public OutputFile Seal(OutputFile file)
    {
        if (file.Path.EndsWith(".html", StringComparison.Ordinal)) return SealPage(file);
        if (file.Path.EndsWith(".js", StringComparison.Ordinal) && file.Path.StartsWith("assets/", StringComparison.Ordinal)) return SealData(file);
        return file;
    }

    private OutputFile SealPage(OutputFile file)
    {
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content));
        var region = (IElement?)document.QuerySelector("main") ?? document.Body;
        if (region is null) return file;
        // Scripts run after unlocking, in page order, once the content they work on is back.
        var scripts = document.QuerySelectorAll("script").ToList();
        var sources = scripts.Select(s => s.GetAttribute("src")).OfType<string>().ToList();
        foreach (var script in scripts) script.Remove();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new SealedPage(document.Title ?? "", region.InnerHtml, sources), Json.SealedPage);

        foreach (var tag in document.QuerySelectorAll(PreviewTags).ToList()) tag.Remove();
        var site = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        document.Title = string.IsNullOrEmpty(site) ? "Locked" : $"Locked · {site}";
        var root = Links.Root(file.Path);
        var lockScript = document.CreateElement("script");
        lockScript.SetAttribute("src", root + LockScript);
        lockScript.SetAttribute("defer", "");
        document.Head!.AppendChild(lockScript);
        region.InnerHtml = Form(key.Encrypt(payload));
        return new OutputFile(file.Path, Encoding.UTF8.GetBytes(document.ToHtml()));
    }

    // The passphrase form: labelled, Enter submits, and the input has no name, so a form sent without script
    // never puts the passphrase in an address.
    private string Form(byte[] sealedBytes) => $"""
        <form class="lock" id="lock" data-salt="{Convert.ToHexStringLower(key.Salt)}" data-iterations="{key.Rounds}" data-sealed="{Convert.ToHexStringLower(sealedBytes)}">
        <h1>This handbook is locked</h1>
        <p>Its stories are encrypted. Enter the passphrase you were given to read them; it stays in this browser tab.</p>
        <label for="lock-passphrase">Passphrase</label>
        <input id="lock-passphrase" type="password" autocomplete="current-password" required>
        <button type="submit">Unlock</button>
        <p id="lock-status" class="lock-status" role="alert"></p>
        </form>
        """;

    // window.HandbookX={json}; or window.HandbookX&&window.HandbookX(n,{json});, the two shapes of the data scripts.
    [GeneratedRegex(@"\Awindow\.(?<name>Handbook\w+)=(?<json>.*);\s*\z", RegexOptions.Singleline)]
    private static partial Regex GlobalData();

    [GeneratedRegex(@"\Awindow\.(?<name>Handbook\w+)&&window\.\k<name>\((?<n>\d+),(?<json>.*)\);\s*\z", RegexOptions.Singleline)]
    private static partial Regex CallData();

    private OutputFile SealData(OutputFile file)
    {
        var text = Encoding.UTF8.GetString(file.Content);
        var global = GlobalData().Match(text);
        var call = global.Success ? global : CallData().Match(text);
        if (!call.Success) return file;
        var sealedData = new SealedData(
            call.Groups["name"].Value,
            call.Groups["n"].Success ? int.Parse(call.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            Convert.ToHexStringLower(key.Salt),
            key.Rounds,
            Convert.ToHexStringLower(key.Encrypt(Encoding.UTF8.GetBytes(call.Groups["json"].Value))));
        var script = $"window.HandbookLock&&window.HandbookLock.data({JsonSerializer.Serialize(sealedData, Json.SealedData)});\n";
        return OutputFile.Text(file.Path, script);
    }
}

/// <summary>What a locked page carries sealed: its title, its content and the scripts to run once it is back.</summary>
internal sealed record SealedPage(string Title, string Html, IReadOnlyList<string> Scripts);

/// <summary>A sealed data script: the global it sets (or calls with a shard number) and its encrypted JSON.</summary>
internal sealed record SealedData(string Name, int? Shard, string Salt, int Iterations, string Sealed);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SealedPage))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SealedData))]
internal sealed partial class SealJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>Seals each file on its way to the output (after the link check has read the plain page).</summary>
public sealed class SealingSink(Publishing.IOutputSink inner, Sealer sealer) : Publishing.IOutputSink
{
    /// <inheritdoc />
    public void Add(OutputFile file) => inner.Add(sealer.Seal(file));
}
