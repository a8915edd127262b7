package org.hallqueue.floorplans.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hallqueue.floorplans.Offices;
import org.hallqueue.floorplans.drawing.FloorDrawing;
import org.hallqueue.floorplans.drawing.FloorDrawings;
import org.hallqueue.floorplans.model.Lang;
import org.hallqueue.floorplans.routing.RoutePlanner;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgWriterTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldWriteWellFormedSvgInMetres() throws Exception {
    var office = Offices.districtHall();
    var route = RoutePlanner.route(office, "kiosk-1", "counter-9", true);
    FloorDrawing drawing = FloorDrawings.of(office, 1, Lang.ZH_CN, route, Optional.of("kiosk-1"));
    String svg = SvgWriter.write(drawing);
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("viewBox")).startsWith("-1 -3.2 42 ");
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
    assertThat(svg).contains("9号窗口", "您在这里", "class=\"route\"", "<pattern id=\"pattern-zone\"");
  }

  @Test
  void shouldEscapeTextThatLooksLikeMarkup() {
    assertThat(SvgWriter.escape("A & B <C> \"D\"")).isEqualTo("A &amp; B &lt;C&gt; &quot;D&quot;");
  }
}
