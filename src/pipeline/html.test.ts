/**
 * The title and date a page's markup gives: which source wins, and that the
 * first element of each kind is the one read (as a CSS selector's `.first()`
 * would), whatever else the page holds.
 */
import { describe, expect, it } from "vitest";
import { htmlToText, isoFromMarkup } from "./html.js";

const BODY = "<p>Đảng bộ xã có 25 chi bộ trực thuộc với 987 đảng viên, thực hiện tốt các nhiệm vụ chính trị của địa phương trong năm.</p>";
const page = (head: string, body = BODY) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("htmlToText: the markup's title", () => {
  it("takes og:title, then twitter:title, then the article's h1, then any h1, then <title>", () => {
    const all = '<meta name="twitter:title" content="Twitter"><meta property="og:title" content="  OG   title "><title>Site title</title>';
    expect(htmlToText(page(all, `<h1>Outside</h1><article><h1>Inside</h1>${BODY}</article>`)).title).toBe("OG title");
    expect(htmlToText(page('<meta name="og:title" content="By name"><meta name="twitter:title" content="Twitter">')).title).toBe("By name");
    expect(htmlToText(page('<meta name="twitter:title" content="Twitter"><title>Site</title>')).title).toBe("Twitter");
    expect(htmlToText(page("<title>Site</title>", `<h1>Outside</h1><article><h1>Inside  the
      article</h1>${BODY}</article>`)).title).toBe("Inside the article");
    expect(htmlToText(page("<title>Site</title>", `<h1>First</h1><h1>Second</h1>${BODY}`)).title).toBe("First");
    expect(htmlToText(page("<title> Xã Phú Cường  ra quân làm đường giao thông </title>")).title).toBe("Xã Phú Cường ra quân làm đường giao thông");
    // a short <title> alone is the site's or the section's name: the headline in the text is used instead
    expect(htmlToText(page("<title>Tin hoạt động</title>")).title).toBeNull();
    expect(htmlToText(page("")).title).toBeNull();
  });

  it("reads only the first element of a kind: a blank one passes to the next kind, not to a later one of its kind", () => {
    const head = '<meta property="og:title" content=" "><meta property="og:title" content="Second og"><meta name="twitter:title" content="Twitter">';
    expect(htmlToText(page(head)).title).toBe("Twitter");
  });

  it("matches tag and attribute names in any case, attribute values exactly", () => {
    expect(htmlToText(page('<META PROPERTY="og:title" CONTENT="Upper">')).title).toBe("Upper");
    expect(htmlToText(page('<meta property="OG:TITLE" content="Other value"><title>Xã Phú Cường ra quân làm đường giao thông</title>')).title).toBe(
      "Xã Phú Cường ra quân làm đường giao thông",
    );
  });
});

describe("htmlToText: the markup's date", () => {
  it("takes the meta tags in their order, then an itemprop element's datetime, then <time> (the article's first)", () => {
    const metas =
      '<meta name="date" content="2024-01-03"><meta itemprop="datePublished" content="2024-01-02T07:30:00+07:00"><meta property="article:published_time" content="2024-01-01T06:03:00+07:00">';
    expect(htmlToText(page(metas)).published).toBe("2024-01-01T06:03");
    expect(htmlToText(page('<meta name="date" content="2024-01-03"><meta itemprop="datePublished" content="2024-01-02">')).published).toBe("2024-01-02");
    expect(htmlToText(page('<meta name="dc.date.issued" content="2024-01-04">')).published).toBe("2024-01-04");
    expect(htmlToText(page("", `<span itemprop="datePublished" datetime="2024-01-05">5/1</span>${BODY}`)).published).toBe("2024-01-05");
    expect(htmlToText(page("", `<time datetime="2024-01-06">hôm nay</time><article><time datetime="2024-01-07 09:15">7/1</time>${BODY}</article>`)).published).toBe(
      "2024-01-07T09:15",
    );
    expect(htmlToText(page("", `<time>no datetime</time><time datetime="2024-01-08">8/1</time>${BODY}`)).published).toBe("2024-01-08");
    expect(htmlToText(page("")).published).toBeNull();
  });
});

describe("htmlToText: the site's name in the markup title", () => {
  it("is taken off either end; a title every page has gives none; a logo <h1> is no headline", () => {
    const title = (head: string, body = BODY) => htmlToText(page(head, body)).title;
    expect(title('<meta property="og:title" content="Phường Sông Hiến nâng cao chất lượng sinh hoạt chi bộ - Báo Cao Bằng điện tử">')).toBe(
      "Phường Sông Hiến nâng cao chất lượng sinh hoạt chi bộ",
    );
    expect(title("<title>Tỉnh ủy Hà Giang | Đảng bộ huyện Vị Xuyên sơ kết 6 tháng</title>")).toBe("Đảng bộ huyện Vị Xuyên sơ kết 6 tháng");
    expect(title('<meta property="og:site_name" content="Mường Phăng"><meta property="og:title" content="Lễ hội hoa ban - Mường Phăng">')).toBe("Lễ hội hoa ban");
    expect(title("<title>Chi tiết tin tức - Cổng thông tin điện tử xã Tân Lập</title>")).toBeNull();
    // a dash inside the headline stays
    expect(title("<title>Kinh tế - xã hội 6 tháng đầu năm tăng trưởng khá</title>")).toBe("Kinh tế - xã hội 6 tháng đầu năm tăng trưởng khá");
    expect(title("", `<h1 class="logo">BÁO CAO BẰNG</h1><h1>Xã Hưng Đạo ra quân</h1>${BODY}`)).toBe("Xã Hưng Đạo ra quân");
  });
});

describe("htmlToText: the article block", () => {
  it("is not a teaser <article> in the sidebar that holds little of the page", () => {
    const long = `<p>${"Đảng bộ xã có 25 chi bộ trực thuộc với 987 đảng viên sinh hoạt thường xuyên. ".repeat(20)}</p>`;
    const html = page("", `<div class="chitiet">${long}</div><div class="col-right"><article class="item-news"><p>${"Hà Giang đón hơn 2,5 triệu lượt khách trong 10 tháng. ".repeat(5)}</p></article></div>`);
    const { text } = htmlToText(html);
    expect(text).toContain("987 đảng viên");
  });
});

describe("htmlToText: related news", () => {
  it("goes, named other-news, relate-box or headed 'Các tin đã đăng'", () => {
    const related = (cls: string) =>
      page("", `<div class="detail">${BODY}</div><div class="${cls}"><div>Các tin đã đăng</div><ul><li><a>Huyện tổng kết 10 năm, 350 lao động có việc làm</a></li></ul></div>`);
    for (const cls of ["news-other", "other-news", "relate-box", "tinkhac"]) expect(htmlToText(related(cls)).text, cls).not.toContain("350 lao động");
  });
});

describe("isoFromMarkup", () => {
  it("keeps Vietnam's time and moves another zone's to it", () => {
    expect(isoFromMarkup("2024-06-10T06:03:00+07:00")).toBe("2024-06-10T06:03");
    expect(isoFromMarkup("2024-06-10T06:03")).toBe("2024-06-10T06:03");
    expect(isoFromMarkup("2024-08-31T23:45:00+00:00")).toBe("2024-09-01T06:45");
    expect(isoFromMarkup("2024-08-31T23:45:00.000Z")).toBe("2024-09-01T06:45");
    expect(isoFromMarkup("2024-12-31T20:00:00-05:00")).toBe("2025-01-01T08:00");
    expect(isoFromMarkup("2024-06-10")).toBe("2024-06-10");
    expect(isoFromMarkup("2024-02-30T10:00:00Z")).toBeNull();
    expect(isoFromMarkup("hôm qua")).toBeNull();
  });
});

describe("htmlToText: a <time> in the page's furniture", () => {
  it("is not the article's date", () => {
    const body = `<div class="detail"><h1>Xã Phú Cường ra quân</h1>${BODY}</div><div class="sidebar"><div class="latest-item"><time datetime="2024-04-15T09:00:00+07:00">15/4</time></div></div>`;
    expect(htmlToText(page("", body)).published).toBeNull();
    expect(htmlToText(page("", `<p class="date"><time datetime="2024-04-12T15:20:00+07:00">12/4</time></p>${body}`)).published).toBe("2024-04-12T15:20");
  });
});

describe("htmlToText: a meta date written as text writes it", () => {
  it("is read as a stamp", () => {
    expect(htmlToText(page('<meta name="pubdate" content="15/07/2024 07:30">')).published).toBe("2024-07-15T07:30");
    expect(htmlToText(page('<meta name="date" content="ngày 15 tháng 7 năm 2024">')).published).toBe("2024-07-15");
  });
});
