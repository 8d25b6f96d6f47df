namespace Handbook.Rendering;

/// <summary>
/// HTML the handbook made itself (a page body, a run of cards), which a template places with <c>{{ raw value }}</c>.
/// It writes itself to the page, so a large listing is never joined into one string first.
/// </summary>
public interface IHtmlContent
{
    /// <summary>True when there is nothing to write; a template's <c>if</c> treats it as false.</summary>
    bool IsEmpty { get; }

    /// <summary>Writes the HTML, as it is, to <paramref name="writer"/>.</summary>
    void WriteTo(TextWriter writer);
}

/// <summary>
/// A value a template marked as trusted HTML with the <c>raw</c> function: written without escaping. Everything
/// else a template writes is HTML-escaped.
/// </summary>
/// <param name="Value">The value: a string, an <see cref="IHtmlContent"/>, or anything with a text form.</param>
public sealed record TrustedHtml(object? Value)
{
    /// <inheritdoc />
    public override string ToString() => Value switch
    {
        null => "",
        IHtmlContent html => HtmlText.Of(html),
        _ => Value.ToString() ?? "",
    };
}

/// <summary>Text helpers for <see cref="IHtmlContent"/>.</summary>
public static class HtmlText
{
    /// <summary>The HTML of <paramref name="html"/> as one string.</summary>
    public static string Of(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer);
        return writer.ToString();
    }
}

/// <summary>The rendered body of a page, placed by the base layout with <c>{{ raw page.content }}</c>.</summary>
internal sealed class PageBody : IHtmlContent
{
    private readonly Utf8PageWriter _bytes;

    /// <summary>Wraps the UTF-8 bytes that <paramref name="bytes"/> holds (not copied).</summary>
    public PageBody(Utf8PageWriter bytes) => _bytes = bytes;

    /// <inheritdoc />
    public bool IsEmpty => _bytes.Written.IsEmpty;

    /// <inheritdoc />
    public void WriteTo(TextWriter writer)
    {
        // Straight from bytes to bytes when the page is written as UTF-8, which is how every page is rendered.
        if (writer is Utf8PageWriter utf8)
        {
            utf8.WriteUtf8(_bytes.Written);
            return;
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(_bytes.Written));
    }

    /// <inheritdoc />
    public override string ToString() => HtmlText.Of(this);
}

/// <summary>The cards of a listing page, each written as the card partial rendered it.</summary>
public sealed class CardsHtml : IHtmlContent
{
    private readonly IReadOnlyList<CardView> _cards;

    /// <summary>Wraps <paramref name="cards"/>.</summary>
    public CardsHtml(IReadOnlyList<CardView> cards) => _cards = cards;

    /// <inheritdoc />
    public bool IsEmpty => _cards.Count == 0;

    /// <inheritdoc />
    public void WriteTo(TextWriter writer)
    {
        foreach (var card in _cards) writer.Write(card.Html);
    }

    /// <inheritdoc />
    public override string ToString() => HtmlText.Of(this);
}
