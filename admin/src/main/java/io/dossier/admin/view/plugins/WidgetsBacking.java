package io.dossier.admin.view.plugins;

import io.dossier.admin.view.Feedback;
import io.dossier.core.plugin.PluginAdministration;
import io.dossier.core.plugin.PluginSettingsStore;
import io.dossier.core.security.CurrentUser;
import io.dossier.core.spi.WidgetArea;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.ReorderEvent;

/**
 * Widgets: each area's widgets in display order (drag a row to reorder), the widgets that are
 * off, and for each one its title, area, on/off switch and the settings form it declares.
 */
@Named("widgetAdmin")
@ViewScoped
public class WidgetsBacking implements Serializable {

    /** Gap between positions written after a reorder, so one can be slotted in by hand. */
    private static final int STEP = 10;

    @Inject
    PluginAdministration administration;

    @Inject
    CurrentUser user;

    @Inject
    Feedback feedback;

    private List<WidgetForm> all = List.of();

    /** f:viewAction */
    public void load() {
        feedback.attempt(
                null,
                () -> all = administration.widgets(user.require()).stream()
                        .map(WidgetForm::new)
                        .toList());
    }

    public String areaName(WidgetArea area) {
        return switch (area) {
            case SIDEBAR -> "Sidebar";
            case FOOTER -> "Footer";
            case AFTER_POST -> "Below each post";
        };
    }

    public List<WidgetArea> getAreas() {
        return List.of(WidgetArea.values());
    }

    /**
     * The widgets shown in this area, in order, as saved: the tables' rows must stay put while a
     * form is submitted, or the row a button belongs to would shift.
     */
    public List<WidgetForm> placed(WidgetArea area) {
        return all.stream()
                .filter(w -> w.savedEnabled() && w.savedArea() == area)
                .toList();
    }

    public List<WidgetForm> getOff() {
        return all.stream().filter(w -> !w.savedEnabled()).toList();
    }

    public void save(WidgetForm widget) {
        if (feedback.attempt(
                widget.getTitle(),
                () -> administration.change(
                        user.require(),
                        widget.getId(),
                        new PluginSettingsStore.ExtensionChange(
                                widget.isEnabled(),
                                widget.getArea(),
                                widget.getPosition(),
                                widget.getTitle(),
                                widget.getValues())))) {
            feedback.info("Saved " + widget.getTitle() + ".");
            load();
        }
    }

    /** A row of an area's table was dragged: store the new order of that area. */
    public void reordered(WidgetArea area, ReorderEvent event) {
        List<WidgetForm> order = new ArrayList<>(placed(area));
        order.add(event.getToIndex(), order.remove(event.getFromIndex()));
        for (int i = 0; i < order.size(); i++) {
            WidgetForm w = order.get(i);
            int position = (i + 1) * STEP;
            feedback.attempt(
                    w.getTitle(),
                    () -> administration.change(
                            user.require(),
                            w.getId(),
                            new PluginSettingsStore.ExtensionChange(null, null, position, null, null)));
        }
        feedback.info("New order saved.");
        load();
    }
}
